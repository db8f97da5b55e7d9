"""The extension and the bookmarklet in a real browser: Debian's Chromium driven by Playwright.

Everything is served on 127.0.0.1: the Pith service (waitress, in a thread) and the news pages.
Screenshots go to tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import unicodedata
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote

import pytest

from pith import create_app
from tests.conftest import (CHROMIUM, HANG_GUARD_S, PAGES, ROOT, PageHandler, free_port, serving,
                            sectioned_page, serving_app, start_server)

playwright_api = pytest.importorskip("playwright.sync_api")

ARTIFACTS = ROOT / "tests" / "artifacts"
HANG_GUARD_MS = HANG_GUARD_S * 1000

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"Chromium not found at {CHROMIUM}: .ci/run installs Debian's chromium")
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
XSS_PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{XSS.replace('<', '&lt;')} Budget vote</title></head><body><article>
<h1>{XSS.replace('<', '&lt;')} Budget vote</h1>
<p>The council approved the budget of $12 million on Monday, and the text
&lt;img src=x onerror="window.__pwned=1"&gt; &lt;script&gt;window.__pwned=2&lt;/script&gt;
appeared in the minutes by mistake after a long debate about parks.</p>
<p>The money will pay for new playgrounds in four districts and for planting 3,000 trees along
the river, officials said after the meeting ended late in the evening.</p>
<p>Opponents said the council should have spent the money on road repairs instead, and promised
to raise the issue again next year when the budget comes back.</p>
</article></body></html>"""


# A story whose markup splits sentences across inline elements, punctuation outside links,
# line breaks and entities in the source: the highlight must land on each sentence exactly.
INLINE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bridge report</title></head><body><article><h1>Bridge report</h1>
<p>The <a href="/r">engineers&#8217; report states</a>: the old bridge over the river can
carry <em>only half</em> of the traffic it was <strong>built</strong> for in 1962.</p>
<p>Repairs will cost <span class="n">$8.4</span>&nbsp;million,
according to the <a href="/c">city</a>'s <b>transport</b> office, and take two years.</p>
<p>Drivers have been asked to use the northern ring road while the <i>work</i>
goes on, and buses will <u>stop</u> at new places along the way.</p>
<p>The council will vote on the plan next month after a public meeting in the town hall,
where residents can ask questions about the closures.</p>
<p>The <a href="/i">inspectors&#8217; second report states</a>: cracks were found in
<em>three</em> of the eight piers last winter, two of them below the water line.</p>
<p>Shops near the bridge say trade has <span>fallen</span> by a <q>third</q> since the
weight limit was lowered, and some have asked the city for help with rents.</p>
<p>A temporary footbridge for walkers and cyclists will open in <abbr title="March">Mar.</abbr>
next year, paid for by the regional government.</p>
<p>Engineers expect the new deck to last at least eighty years if it is inspected every
spring, as the rules now require for every bridge in the region.</p>
<p>A longer account, with <a href="https://example.org/a-very-long-address-that-goes-on-and-on-without-any-break-at-all/and-on">https://example.org/a-very-long-address-that-goes-on-and-on-without-any-break-at-all/and-on</a>,
is in the minutes: Supercalifragilisticexpialidociouslylongwordwithoutanybreakwhatsoever.</p>
</article></body></html>"""

# An explainer in four sections under headings: its points come from every section and are
# shown under their headings.
SECTIONED_PAGE = sectioned_page(title="Four places that shape the valley")

# An advice column of two letters, each signed and answered by greeting its signature: its
# points show under the letters' signatures, the answers without their greetings.
COLUMN_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dear Abby: Brother won't repay car loan</title></head><body><article>
<h1>Dear Abby: Brother won't repay car loan</h1>
<p>DEAR ABBY: My brother borrowed $4,000 from us for a used car two years ago and has never
paid back a cent. He has since bought a boat and posts photos of it every weekend. Should I
raise it at Thanksgiving? -- SHORTCHANGED IN OHIO</p>
<p>DEAR SHORTCHANGED: Do not raise it at the table in front of the whole family. Ask your
brother privately for a repayment plan, and put it in writing this time.</p>
<p>DEAR ABBY: Our neighbor's dog barks from six in the morning until our children leave for
school. We have asked twice, politely, and nothing has changed. -- SLEEPLESS IN SEATTLE</p>
<p>DEAR SLEEPLESS: Write a short letter to your neighbor saying when the barking happens and
how long it lasts. If that fails, call the city's animal control office.</p>
</article></body></html>"""

# A page that counts what it runs and loads: an image with inline onload/onerror handlers, a
# stylesheet, a frame, inline script. A capture must not add to either count.
COUNTING_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Counting story</title><link rel="stylesheet" href="/count/style.css">
<script>window.__runs = 0;</script></head><body><article><h1>Counting story</h1>
<img src="/count/photo.png" onload="window.__runs++" onerror="window.__runs++">
<img src="/count/missing.png" onerror="window.__runs++">
<iframe src="/count/frame.html"></iframe>
<p>The city council approved a new budget of $12 million for public parks on Monday, after
a debate that lasted more than six hours in the old town hall.</p>
<p>The money will pay for new playgrounds in four districts and for planting 3,000 trees
along the river, officials said after the meeting ended.</p>
<p>Opponents said the council should have spent the money on road repairs instead, and
promised to raise the issue again next year when the budget returns.</p>
<p>Work on the first playground is expected to begin in the spring and to finish before the
summer holidays, the parks department said.</p>
<script>window.__runs++;</script>
</article></body></html>"""
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")


class NewsHandler(PageHandler):
    """Serves tests/pages/<slug>/source.html at /<slug>, with a strict CSP at /csp/<slug>, with
    Cross-Origin-Opener-Policy: same-origin (and the strict CSP) at /coop/<slug>, and with a
    policy forbidding form posts at /noform/<slug>. Counts every request by path."""

    requests: dict[str, int] = {}

    def route(self, path):
        path = path.split("?")[0]
        NewsHandler.requests[path] = NewsHandler.requests.get(path, 0) + 1
        headers = {}
        for prefix, policy in (("/csp/", {"Content-Security-Policy": "default-src 'self'"}),
                               ("/coop/", {"Content-Security-Policy": "default-src 'self'",
                                           "Cross-Origin-Opener-Policy": "same-origin"}),
                               ("/noform/", {"Content-Security-Policy": "form-action 'self'"})):
            if path.startswith(prefix):
                headers, path = policy, "/" + path.removeprefix(prefix)
        slug = path.strip("/")
        html = {"xss": XSS_PAGE, "inline": INLINE_PAGE, "counting": COUNTING_PAGE,
                "sectioned": SECTIONED_PAGE, "column": COLUMN_PAGE}.get(slug)
        if html:
            return 200, {**headers, "Content-Type": "text/html; charset=utf-8"}, html.encode()
        if slug.startswith("count/"):
            if slug.endswith("photo.png"):
                return 200, {"Content-Type": "image/png"}, PNG
            if slug.endswith(".css"):
                return 200, {"Content-Type": "text/css"}, b"p { color: #222; }"
            if slug.endswith(".html"):
                return 200, {"Content-Type": "text/html"}, b"<p>frame</p>"
            return 404, {}, b""
        source = PAGES / slug / "source.html"
        if not slug or not source.is_file():
            return 404, {}, b""
        charset = "windows-1252" if "legacy" in slug else "utf-8"
        return 200, {**headers, "Content-Type": f"text/html; charset={charset}"}, source.read_bytes()


@pytest.fixture(scope="module")
def news():
    with serving(NewsHandler) as url:
        yield url


@pytest.fixture(scope="module")
def service():
    with serving_app(create_app()) as port:  # as `pith serve` runs: guards and workers
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def small_service():
    """A service that takes pages of at most 4 KiB: every fixture page is too large for it."""
    with serving_app(create_app({"PITH": {"max_body_bytes": 4096}}), threads=2) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("profile")
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True,
            args=[f"--disable-extensions-except={ROOT}", f"--load-extension={ROOT}",
                  "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--enable-logging"],
        )
        context.set_default_timeout(HANG_GUARD_MS)
        try:
            worker = (context.service_workers[0] if context.service_workers
                      else context.wait_for_event("serviceworker"))
        except Exception:
            log = profile / "chrome_debug.log"
            print(log.read_text(errors="replace")[-4000:] if log.exists() else "no log")
            raise
        context.extension_id = worker.url.split("/")[2]
        yield context
        context.close()


def _set_service(browser, service_url):
    page = browser.new_page()
    page.goto(f"chrome-extension://{browser.extension_id}/extension/options.html")
    page.evaluate("url => chrome.storage.sync.set({serviceUrl: url, length: 'medium'})",
                  service_url)
    page.close()


def _open_popup(browser, article_page, *, mode="page"):
    """The popup as a tab, pointed at ``article_page``'s tab (Playwright cannot click the
    toolbar button)."""
    popup = browser.new_page()
    popup.goto(f"chrome-extension://{browser.extension_id}/extension/options.html")
    # Without the "tabs" permission a tab's URL is visible only where the extension has host
    # access (127.0.0.1): another page (about:blank) is the one tab without a URL.
    tab_id = popup.evaluate(
        "url => chrome.tabs.query({}).then(tabs => "
        "(tabs.find(t => t.url === url) || tabs.find(t => !t.url)).id)",
        article_page.url)
    popup.goto(f"chrome-extension://{browser.extension_id}/extension/popup.html"
               f"?tabId={tab_id}&mode={mode}")
    return popup


@contextmanager
def summarizing(browser, service_url, page_url, *, mode="page", prepare=None):
    """An article tab at ``page_url`` and the popup pointed at it, with the extension using
    ``service_url``; ``prepare(article)`` runs before the popup opens. Both close after."""
    _set_service(browser, service_url)
    article = browser.new_page()
    article.goto(page_url)
    if prepare:
        prepare(article)
    popup = _open_popup(browser, article, mode=mode)
    try:
        yield article, popup
    finally:
        popup.close()
        article.close()


def _points(page):
    page.wait_for_selector(".pith-point")
    return page.locator(".pith-point").all_inner_texts()


def _wait_until(condition, timeout_s: float = HANG_GUARD_MS / 1000):
    """Poll from Python: extension pages forbid the eval behind Playwright's wait_for_function."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before the hang guard")
        time.sleep(0.05)


def _highlighted(page) -> str:
    """The text the page's "pith" highlight covers, once there is one."""
    page.wait_for_function("() => CSS.highlights.has('pith')")
    return page.evaluate("() => [...CSS.highlights.get('pith')].map(r => r.toString()).join(' ')")


def _shot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_popup_summarizes_the_tab_and_switches_length(browser, service, news):
    with summarizing(browser, service, f"{news}/seed-wordpress") as (_, popup):
        popup.set_viewport_size({"width": 440, "height": 720})
        points = _points(popup)
        joined = " ".join(points)
        assert 3 <= len(points) <= 5
        assert "irreversible" in joined and "$44.1 billion" in joined and "Ramstein" in joined
        assert "Also Read" not in joined
        assert popup.locator(".pith-title").inner_text().startswith("NATO Chief")
        meta = popup.locator(".pith-meta").inner_text().replace("\u00a0", " ")
        assert "min read" in meta
        # The story's own day (published 2024-10-03T14:20Z), in the reader's date format,
        # whatever the reader's time zone: the points' "Tuesday" counts from it.
        day = popup.evaluate("() => new Date(Date.UTC(2024, 9, 3)).toLocaleDateString("
                             "undefined, {year: 'numeric', month: 'short', day: 'numeric', "
                             "timeZone: 'UTC'})")
        assert "2024" in day and day in meta, meta
        _shot(popup, "popup-light.png")
        popup.emulate_media(color_scheme="dark")
        _shot(popup, "popup-dark.png")
        popup.emulate_media(color_scheme="light")

        popup.get_by_role("button", name="Copy as Markdown").click()
        _wait_until(lambda: popup.locator("#status").inner_text() != "")
        assert popup.locator("#status").inner_text() == "Copied as Markdown."
        copied = _clipboard(browser, service)
        assert copied.startswith("# NATO Chief declares") and "## Key points" in copied

        popup.get_by_text("Long", exact=True).click()
        _wait_until(lambda: popup.locator(".pith-point").count() > 5)
        popup.get_by_text("Short", exact=True).click()
        _wait_until(lambda: 1 <= popup.locator(".pith-point").count() <= 3)


def test_clicking_a_key_point_highlights_it_in_the_page(browser, service, news):
    with summarizing(browser, service, f"{news}/seed-amp") as (article, popup):
        _points(popup)
        point = popup.locator(".pith-point").filter(has_text="$44.1 billion")
        text = point.inner_text()
        point.click()
        highlighted = _highlighted(article)
        assert " ".join(highlighted.split()) == " ".join(text.split())
        assert popup.locator("#status").inner_text() == ""

        # A sentence no longer on the page: the popup says so instead of failing silently.
        article.evaluate("() => document.querySelectorAll('p').forEach(p => p.remove())")
        popup.locator(".pith-point").filter(has_text="irreversible").click()
        popup.wait_for_selector(".pith-point.pith-not-found")
        assert "no longer on the page" in popup.locator("#status").inner_text()


def test_points_of_a_sectioned_article_show_under_their_headings(browser, service, news):
    with summarizing(browser, service, f"{news}/sectioned") as (article, popup):
        popup.get_by_text("Long", exact=True).click()
        _wait_until(lambda: popup.locator(".pith-point").count() > 5)
        # Each run of points under its heading, the numbering going on across the runs.
        runs = popup.locator(".pith-summary").evaluate(
            "root => [...root.querySelectorAll('ol.pith-points')].map(ol => ["
            "ol.previousElementSibling.matches('h3.pith-point-section') ? "
            "ol.previousElementSibling.textContent : null, ol.start, "
            "[...ol.querySelectorAll('.pith-point')].map(b => b.textContent)])")
        labels = [label for label, _, _ in runs]
        assert len(labels) >= 3 and len(labels) == len(set(labels)), runs  # once a run
        assert [start for _, start, _ in runs] == [
            1 + sum(len(texts) for _, _, texts in runs[:i]) for i in range(len(runs))]
        for label, _, texts in runs:
            assert label and all(label.removeprefix("About the ") in t for t in texts), runs
        # The label is no part of the point: the highlight covers the sentence alone.
        point = popup.locator(".pith-point").last
        text = point.inner_text()
        point.click()
        assert " ".join(_highlighted(article).split()) == " ".join(text.split())
        popup.set_viewport_size({"width": 440, "height": 720})  # the popup's own size
        _shot(popup, "popup-sections.png")


def test_a_columns_answers_show_under_their_letters_and_highlight_without_greeting(
        browser, service, news):
    with summarizing(browser, service, f"{news}/column") as (article, popup):
        _points(popup)
        labels = popup.locator("h3.pith-point-section").all_inner_texts()
        assert labels == ["SHORTCHANGED IN OHIO", "SLEEPLESS IN SEATTLE"], labels
        point = popup.locator(".pith-point").filter(has_text="Do not raise it")
        text = point.inner_text()
        assert not text.startswith("DEAR")
        point.click()
        assert " ".join(_highlighted(article).split()) == " ".join(text.split())
        popup.set_viewport_size({"width": 440, "height": 720})
        _shot(popup, "popup-column.png")


def _clipboard(browser, web_origin: str) -> str:
    """The clipboard's text, read from a web page (extension origins cannot be granted it)."""
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=web_origin)
    page = browser.new_page()
    page.goto(web_origin + "/healthz")
    try:
        return page.evaluate("() => navigator.clipboard.readText()")
    finally:
        page.close()


def _error_title(popup) -> str:
    popup.wait_for_selector(".pith-error")
    return popup.locator(".pith-error-title").inner_text()


def test_service_not_running_shows_how_to_start_it(browser, news):
    with summarizing(browser, "http://127.0.0.1:9", f"{news}/harbour-pool") as (_, popup):
        assert "isn’t running" in _error_title(popup)
        assert popup.locator(".pith-command").inner_text() == "pith serve --port 9"
        assert popup.get_by_role("button", name="Try again").is_visible()


def test_too_large_page_is_explained(browser, small_service, news):
    with summarizing(browser, small_service, f"{news}/seed-wordpress") as (_, popup):
        assert "too large" in _error_title(popup)
        assert "selection" in popup.locator(".pith-error-hint").inner_text()


def _select_paragraphs(first: int, last: int):
    def prepare(article):
        article.evaluate("""([first, last]) => {
            const paragraphs = document.querySelectorAll('.story-body p');
            const range = document.createRange();
            range.setStartBefore(paragraphs[first]);
            range.setEndAfter(paragraphs[last]);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
        }""", [first, last])
    return prepare


def test_selection_is_summarized_on_its_own(browser, service, news):
    with summarizing(browser, service, f"{news}/harbour-pool", mode="selection",
                     prepare=_select_paragraphs(3, 5)) as (_, popup):
        shown = " ".join(_points(popup) + [popup.locator(".pith-tldr").inner_text()])
        assert popup.locator(".pith-note").inner_text() == "Summary of your selection"
        assert "£2.3 million" not in shown and "Opponents argued" in shown
        popup.get_by_role("button", name="Summarise whole page").click()
        _wait_until(lambda: popup.locator(".pith-note").count() == 0
                    and popup.locator(".pith-point").count() > 0)
        assert "£2.3 million" in popup.locator(".pith-tldr").inner_text()


def test_key_points_work_from_the_keyboard(browser, service, news):
    with summarizing(browser, service, f"{news}/cave-rover") as (article, popup):
        _points(popup)
        first = popup.locator(".pith-point").first
        for _ in range(10):  # Tab from the length switch to the first key point
            popup.keyboard.press("Tab")
            if first.evaluate("button => button === document.activeElement"):
                break
        assert first.evaluate("button => button === document.activeElement")
        popup.keyboard.press("Enter")
        assert " ".join(_highlighted(article).split()) == " ".join(first.inner_text().split())
        assert popup.locator("fieldset legend").inner_text() == "Summary length"


def test_non_web_pages_are_explained(browser, service):
    with summarizing(browser, service, "about:blank") as (_, popup):
        assert "can’t read this page" in _error_title(popup)


def test_not_an_article_is_explained(browser, service, news):
    def remove_article(article):
        article.evaluate("document.querySelector('article').remove()")

    with summarizing(browser, service, f"{news}/xss", prepare=remove_article) as (_, popup):
        assert "doesn’t look like an article" in _error_title(popup)


def test_hostile_text_is_shown_as_text(browser, service, news):
    with summarizing(browser, service, f"{news}/xss") as (article, popup):
        shown = _points(popup) + [popup.locator(".pith-tldr").inner_text()]
        assert "<img src=x onerror=" in popup.locator(".pith-title").inner_text()
        assert any("<script>window.__pwned=2</script>" in text for text in shown)
        assert popup.locator("#content img, #content script").count() == 0
        assert popup.evaluate("() => window.__pwned") is None
        assert article.evaluate("() => window.__pwned") is None


def _bookmarklet(browser, service):
    page = browser.new_page()
    page.goto(service + "/")
    href = page.locator("#bookmarklet").get_attribute("href")
    page.close()
    assert href.startswith("javascript:")
    return unquote(href[len("javascript:"):])


def test_bookmarklet_on_a_strict_csp_page_opens_the_reader(browser, service, news):
    code = _bookmarklet(browser, service)
    article = browser.new_page()
    article.goto(f"{news}/csp/seed-legacy-table")
    # The page's policy really does stop a direct request to the service...
    blocked = article.evaluate(
        "url => fetch(url + '/healthz').then(() => false, () => true)", service)
    assert blocked
    # ...so the bookmarklet hands the page to the service's reader window instead.
    with article.expect_popup() as popup_info:
        article.evaluate(code)
    reader = popup_info.value
    reader.wait_for_url(service + "/reader")
    points = _points(reader)
    joined = " ".join(points)
    assert "irreversible" in joined and "$44.1 billion" in joined
    csp = reader.evaluate("() => fetch(location.href).then(r => r.headers.get('content-security-policy'))")
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    reader.set_viewport_size({"width": 520, "height": 760})
    _shot(reader, "reader.png")

    reader.locator(".pith-point").filter(has_text="irreversible").click()
    assert "membership is “irreversible”" in _highlighted(article)

    # A sentence no longer on the page: the reader marks it and says so, as the popup does.
    article.evaluate("() => document.querySelectorAll('td, p').forEach(e => e.remove())")
    reader.locator(".pith-point").filter(has_text="$44.1 billion").click()
    reader.wait_for_selector(".pith-point.pith-not-found")
    assert "no longer on the page" in reader.locator("#status").inner_text()
    reader.close()
    article.close()


def test_reader_ignores_messages_from_other_windows(browser, service):
    reader = browser.new_page()
    reader.goto(service + "/reader")
    reader.wait_for_selector(".pith-error")  # opened without the bookmarklet: explains itself
    reader.evaluate("""() => window.postMessage({type: 'pith:page', page: {
        html: '<p>x</p>', url: 'https://evil.example/'}}, '*')""")
    reader.wait_for_timeout(300)
    assert reader.locator(".pith-error").count() == 1
    reader.close()


def test_shared_modules_are_one_source(service):
    """The reader page loads the very files the extension loads."""
    import urllib.request

    for name in ("render.js", "pith.css"):
        served = urllib.request.urlopen(f"{service}/shared/{name}", timeout=10).read()
        assert served == (ROOT / "extension" / "lib" / name).read_bytes()
    popup = (ROOT / "extension" / "popup.html").read_text()
    reader = urllib.request.urlopen(f"{service}/reader", timeout=10).read().decode()
    assert 'src="lib/render.js"' in popup and 'src="/shared/render.js"' in reader
    assert not re.search(r"function renderSummary", (ROOT / "server" / "pith").joinpath(
        "static", "reader.js").read_text())
    # One place builds the Markdown: the service (pith.present.to_markdown). The popup and
    # the reader copy what it answers to format=markdown.
    scripts = [*(ROOT / "extension").rglob("*.js"), ROOT / "server" / "pith" / "static" / "reader.js"]
    assert not [p.name for p in scripts if "Key points\n" in p.read_text() or "toMarkdown" in p.read_text()
                or "## " in p.read_text()]


def test_context_menu_and_shortcut_open_the_summary_for_their_tab(browser, service, news):
    """The background script: menus and the selection shortcut are wired, and their action
    opens the popup page in a window of its own, pointed at the tab."""
    _set_service(browser, service)
    article = browser.new_page()
    article.goto(f"{news}/seed-amp")
    worker = browser.service_workers[0]
    assert worker.evaluate("() => chrome.contextMenus.onClicked.hasListeners()")
    assert worker.evaluate("() => chrome.commands.onCommand.hasListeners()")
    commands = worker.evaluate("() => chrome.commands.getAll()")
    assert {c["name"] for c in commands} >= {"_execute_action", "summarize-selection"}
    with browser.expect_page() as opened:
        worker.evaluate("""url => chrome.tabs.query({}).then(tabs => {
            const tab = tabs.find(t => t.url === url);
            openSummary(tab, 'page');
        })""", article.url)
    window = opened.value
    assert "/extension/popup.html?tabId=" in window.url and window.url.endswith("mode=page")
    assert any("$44.1 billion" in text for text in _points(window))
    window.close()
    article.close()


class SlowLane:
    """A proxy in front of the service that holds answers for the lengths in ``hold`` until
    released, and records every summary request (length, format) and Markdown answer."""

    def __init__(self, service: str):
        self.service = service
        self.hold: set[str] = set()
        self.released = threading.Event()
        self.asked: list[tuple[str, str | None]] = []
        self.markdown: list[str] = []

    def handler(self):
        lane = self

        class Handler(PageHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                fields = json.loads(body)
                lane.asked.append((fields.get("length"), fields.get("format")))
                request = urllib.request.Request(lane.service + self.path, data=body, headers={
                    "Content-Type": "application/json",
                    **({"Authorization": self.headers["Authorization"]}
                       if "Authorization" in self.headers else {})})
                try:
                    with urllib.request.urlopen(request, timeout=HANG_GUARD_S) as response:
                        status, answer = response.status, response.read()
                        kind = response.headers["Content-Type"]
                except urllib.error.HTTPError as error:
                    status, answer, kind = error.code, error.read(), error.headers["Content-Type"]
                if fields.get("length") in lane.hold and not fields.get("format"):
                    lane.released.wait(HANG_GUARD_S)
                if fields.get("format") == "markdown":
                    lane.markdown.append(answer.decode())
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except OSError:
                    pass  # the popup aborted this request

        return Handler


@pytest.fixture
def slow_lane(service):
    lane = SlowLane(service)
    with serving(lane.handler()) as url:
        lane.url = url
        yield lane
        lane.released.set()


def _summaries_asked(lane) -> list[str]:
    return [length for length, fmt in lane.asked if not fmt]


def test_popup_shows_the_last_click_only_and_keeps_its_size(browser, slow_lane, news):
    with summarizing(browser, slow_lane.url, f"{news}/seed-wordpress") as (_, popup):
        popup.set_viewport_size({"width": 440, "height": 720})
        _points(popup)
        _wait_until(lambda: popup.locator("#copy").is_enabled())
        height = popup.locator("#content").bounding_box()["height"]

        slow_lane.hold = {"long"}
        popup.get_by_text("Long", exact=True).click()
        _wait_until(lambda: "long" in _summaries_asked(slow_lane))
        # While Long is awaited: the summary stays in place (dimmed), Copy is off.
        assert popup.locator("#content.pith-reloading .pith-summary").count() == 1
        assert popup.locator("#content").bounding_box()["height"] == height
        assert popup.locator("#copy").is_disabled()
        assert popup.locator("#copy").evaluate("b => getComputedStyle(b).opacity") != "1"

        popup.get_by_text("Short", exact=True).click()
        _wait_until(lambda: popup.locator(".pith-reloading").count() == 0)
        short = _points(popup)
        assert 1 <= len(short) <= 3
        slow_lane.released.set()  # the answer to Long arrives now, too late to be shown
        _wait_until(lambda: popup.locator("#copy").is_enabled())
        popup.wait_for_timeout(300)
        assert _points(popup) == short
        assert popup.locator("input[value=short]").is_checked()

        # Copy copies the service's own Markdown of the summary shown.
        popup.get_by_role("button", name="Copy as Markdown").click()
        _wait_until(lambda: popup.locator("#status").inner_text() == "Copied as Markdown.")
        copied = _clipboard(browser, slow_lane.service)
        assert copied == slow_lane.markdown[-1]
        assert copied.count("\n- ") == len(short)


def test_arrow_keys_on_the_length_switch_ask_once_they_settle(browser, slow_lane, news):
    with summarizing(browser, slow_lane.url, f"{news}/cave-rover") as (_, popup):
        _points(popup)
        popup.locator("input[value=medium]").focus()
        asked = len(_summaries_asked(slow_lane))
        popup.keyboard.press("ArrowLeft")   # short
        popup.keyboard.press("ArrowRight")  # medium
        popup.keyboard.press("ArrowRight")  # long
        _wait_until(lambda: len(_summaries_asked(slow_lane)) > asked)
        _wait_until(lambda: popup.locator(".pith-point").count() > 5)
        assert _summaries_asked(slow_lane)[asked:] == ["long"]


def test_popup_fits_chromes_limits_and_wraps_long_words(browser, service, news):
    with summarizing(browser, service, f"{news}/inline") as (_, popup):
        popup.set_viewport_size({"width": 420, "height": 600})
        popup.get_by_text("Long", exact=True).click()
        _wait_until(lambda: popup.locator(".pith-point").count() >= 5
                    and popup.locator(".pith-reloading").count() == 0)
        popup.evaluate("() => document.getElementById('content').scrollTop = 99999")
        for selector in ("header.bar", "#copy", "#options"):
            box = popup.locator(selector).bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= 600, selector
        sizes = popup.evaluate("""() => { const c = document.getElementById('content');
            return [c.scrollHeight, c.clientHeight, document.documentElement.scrollWidth,
                    document.documentElement.clientWidth]; }""")
        assert sizes[0] > sizes[1]  # the points scroll, inside the popup
        assert sizes[2] <= sizes[3]  # nothing wider than the popup
        assert any("Supercalifragilistic" in text for text in _points(popup))


def test_highlights_land_exactly_whatever_the_inline_markup(browser, service, news):
    with summarizing(browser, service, f"{news}/inline") as (article, popup):
        popup.get_by_text("Long", exact=True).click()
        _wait_until(lambda: popup.locator(".pith-point").count() >= 4
                    and popup.locator(".pith-reloading").count() == 0)
        points = popup.locator(".pith-point")
        texts = points.all_inner_texts()
        assert any("second report states: cracks" in t for t in texts)
        assert any("city's transport office" in t for t in texts)
        for index, text in enumerate(texts):
            article.evaluate("() => CSS.highlights.clear()")
            points.nth(index).click()
            shown = _highlighted(article)
            assert " ".join(shown.split()) == " ".join(text.split())
            assert popup.locator("#status").inner_text() == ""
        # Painted, by a style sheet the page's policy cannot block, with nothing selected.
        assert article.evaluate("() => getSelection().toString()") == ""


def test_a_highlight_is_not_taken_for_a_selection(browser, service, news):
    with summarizing(browser, service, f"{news}/harbour-pool", mode="selection") as (article, popup):
        long_point = max(_points(popup), key=len)
        popup.locator(".pith-point").filter(has_text=long_point[:40]).first.click()
        _highlighted(article)
        assert article.evaluate("() => getSelection().toString()") == ""
    # The next popup on the same tab summarises the whole page, not the highlighted sentence.
    article = browser.new_page()
    article.goto(f"{news}/harbour-pool")
    popup = _open_popup(browser, article, mode="selection")
    try:
        _points(popup)
        popup.locator(".pith-point").first.click()
        _highlighted(article)
        popup.close()
        popup = _open_popup(browser, article, mode="selection")
        _points(popup)
        assert popup.locator(".pith-note").count() == 0
    finally:
        popup.close()
        article.close()


def test_fallback_selection_is_marked_and_ignored_by_the_next_capture(browser, news):
    """Without the Highlight API the sentence is selected (so it shows), and marked so the
    capture does not take it for the user's selection."""
    page = browser.new_page()
    page.goto(f"{news}/seed-wordpress")
    lib = ROOT / "extension" / "lib"
    page.add_script_tag(content=(lib / "highlight.js").read_text())
    # A paragraph long enough to pass for a selection worth summarising.
    sentence = page.evaluate("""() => [...document.querySelectorAll('p')]
        .map(p => p.textContent).sort((a, b) => b.length - a.length)[0]""")
    assert len(sentence) >= 200
    result = page.evaluate("""s => { Object.defineProperty(CSS, 'highlights', {value: undefined});
        return pithHighlight(s); }""", sentence)
    assert result["found"] and not result["painted"]
    assert " ".join(page.evaluate("() => getSelection().toString()").split()) == " ".join(sentence.split())
    captured = page.evaluate((lib / "capture.js").read_text())
    assert captured["selection"] == ""
    page.close()


def test_a_sentence_the_page_writes_with_combining_accents_is_highlighted(browser, news):
    """The service answers in normal form C (issue 13); the page may be in form D."""
    composed = "La mairie a réouvert lundi le café de la gare, fermé depuis deux ans."
    decomposed = unicodedata.normalize("NFD", composed)
    page = browser.new_page()
    page.goto(f"{news}/harbour-pool")
    page.evaluate("s => { document.body.innerHTML = '<p>Avant.</p><p>' + s + '</p>'; }",
                  decomposed)
    page.add_script_tag(content=(ROOT / "extension" / "lib" / "highlight.js").read_text())
    assert page.evaluate("s => pithHighlight(s)", composed)["found"]
    assert _highlighted(page) == decomposed
    page.close()


@pytest.mark.parametrize("prefix", ["", "csp/"])
def test_capture_runs_nothing_and_loads_nothing(browser, service, news, prefix):
    def settle(article):
        article.wait_for_load_state("load")
        article.evaluate("""() => { window.__violations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__violations.push(e.violatedDirective)); }""")

    with summarizing(browser, service, f"{news}/{prefix}counting", prepare=settle) as (article, popup):
        before = dict(NewsHandler.requests)
        runs = article.evaluate("() => window.__runs")
        shown = _points(popup) + [popup.locator(".pith-tldr").inner_text()]
        assert any("$12 million" in text for text in shown)
        popup.wait_for_timeout(300)
        assert article.evaluate("() => window.__runs") == runs
        loads = {path: n for path, n in NewsHandler.requests.items() if n != before.get(path, 0)}
        assert loads == {}
        assert article.evaluate("() => window.__violations") == []


def test_service_down_advice_fits_and_try_again_keeps_focus(browser, news):
    from waitress import create_server

    port = free_port()
    with summarizing(browser, f"http://127.0.0.1:{port}", f"{news}/harbour-pool") as (_, popup):
        popup.set_viewport_size({"width": 420, "height": 600})
        assert "isn’t running" in _error_title(popup)
        command = popup.locator(".pith-command")
        assert command.inner_text() == f"pith serve --port {port}"
        assert command.evaluate("c => c.scrollWidth <= c.clientWidth")
        assert "pith service install" in popup.locator(".pith-error-hint").inner_text()
        popup.get_by_role("button", name="Try again").click()
        _wait_until(lambda: popup.locator(".pith-reloading").count() == 0)
        assert popup.evaluate("() => document.activeElement.textContent") == "Try again"

        server = create_server(create_app(), host="127.0.0.1", port=port, threads=2)
        stop = start_server(server)
        try:
            popup.get_by_role("button", name="Try again").click()
            _points(popup)
            assert popup.evaluate("() => document.activeElement.className") == "pith-summary"
        finally:
            stop()


def test_every_error_code_the_service_returns_has_a_message(browser, service):
    spec = json.loads(urllib.request.urlopen(f"{service}/api/openapi.json", timeout=10).read())
    codes = set(spec["components"]["schemas"]["ErrorCode"]["enum"])
    # HTTP-level answers carry their status name; the popup and reader raise their own.
    codes |= {"not_found", "method_not_allowed", "service_unreachable", "permission_denied",
              "unsupported_page", "capture_failed", "no_page", "timeout"}
    page = browser.new_page()
    page.goto(f"chrome-extension://{browser.extension_id}/extension/popup.html")
    messages = page.evaluate("() => PithRender.MESSAGES")
    page.close()
    missing = sorted(code for code in codes
                     if not messages.get(code, {}).get("title") or not messages[code].get("hint"))
    assert missing == []


def test_token_lives_in_local_storage_and_an_old_synced_one_moves(browser, news):
    from waitress import create_server

    server = create_server(create_app({"PITH": {"token": "s3cret"}}), host="127.0.0.1",
                           port=0, threads=2)
    stop = start_server(server)
    url = f"http://127.0.0.1:{server.effective_port}"
    options = browser.new_page()
    options.goto(f"chrome-extension://{browser.extension_id}/extension/options.html")
    options.evaluate("() => chrome.storage.local.clear()")
    options.evaluate("url => chrome.storage.sync.set({serviceUrl: url, token: 's3cret'})", url)
    try:
        with summarizing(browser, url, f"{news}/cave-rover") as (_, popup):
            _points(popup)
        stored = options.evaluate("""() => Promise.all([chrome.storage.sync.get(null),
                                                        chrome.storage.local.get(null)])""")
        assert "token" not in stored[0] and stored[1]["token"] == "s3cret"
        with summarizing(browser, url, f"{news}/cave-rover") as (_, popup):
            _points(popup)  # from storage.local now
        options.evaluate("() => chrome.storage.local.set({token: 'wrong'})")
        with summarizing(browser, url, f"{news}/cave-rover") as (_, popup):
            assert "access token" in _error_title(popup)
            assert popup.get_by_role("button", name="Open options").is_visible()
    finally:
        options.evaluate("() => chrome.storage.local.clear()")
        options.close()
        stop()


def _run_bookmarklet(browser, code, page_url):
    article = browser.new_page()
    article.goto(page_url)
    with article.expect_popup() as popup_info:
        article.evaluate(code)
    return article, popup_info.value


def test_the_reader_window_shows_points_under_their_headings_too(browser, service, news):
    # The bookmarklet's reader renders with the popup's module: the same runs and headings.
    article, reader = _run_bookmarklet(browser, _bookmarklet(browser, service),
                                       f"{news}/csp/sectioned")
    try:
        reader.wait_for_url(service + "/reader")
        _points(reader)
        headings = reader.locator("h3.pith-point-section").all_inner_texts()
        assert len(headings) >= 2 and len(set(headings)) == len(headings), headings
        assert all(h.startswith("About the ") for h in headings), headings
        reader.set_viewport_size({"width": 520, "height": 760})
        _shot(reader, "reader-sections.png")
    finally:
        reader.close()
        article.close()


def _highlight_paint(page) -> str:
    """The background the page paints the "pith" highlight with (CSP may block a <style>)."""
    return page.evaluate("""() => {
        const range = [...CSS.highlights.get('pith')][0];
        const element = range.startContainer.parentElement;
        return getComputedStyle(element, '::highlight(pith)').backgroundColor; }""")


def test_bookmarklet_highlight_is_painted_under_a_strict_policy(browser, service, news):
    code = _bookmarklet(browser, service)
    article, reader = _run_bookmarklet(browser, code, f"{news}/csp/seed-amp")
    violations = []
    article.on("console", lambda message: violations.append(message.text)
               if "Content Security Policy" in message.text else None)
    reader.wait_for_url(service + "/reader")
    reader.locator(".pith-point").filter(has_text="irreversible").click()
    assert "irreversible" in _highlighted(article)
    assert _highlight_paint(article) == "rgb(255, 224, 102)"
    ARTIFACTS.mkdir(exist_ok=True)
    article.screenshot(path=str(ARTIFACTS / "highlight-strict-csp.png"))
    reader.set_viewport_size({"width": 520, "height": 760})
    _shot(reader, "reader-strict-csp.png")
    assert article.evaluate("() => getSelection().toString()") == ""
    assert violations == []
    reader.close()
    article.close()


def test_bookmarklet_on_a_coop_page_goes_straight_to_a_working_reader(browser, service, news):
    code = _bookmarklet(browser, service)
    pages = len(browser.pages)
    article, reader = _run_bookmarklet(browser, code, f"{news}/coop/seed-wordpress")
    reader.wait_for_url(service + "/reader")
    points = _points(reader)
    assert "irreversible" in " ".join(points)
    assert reader.locator(".pith-error").count() == 0
    assert "can’t be shown there" in reader.locator(".pith-note").inner_text()
    assert reader.locator(".pith-point").first.is_disabled()
    reader.get_by_text("Long", exact=True).click()
    _wait_until(lambda: reader.locator(".pith-point").count() > len(points))
    reader.set_viewport_size({"width": 520, "height": 760})
    _shot(reader, "reader-coop.png")
    assert len(browser.pages) == pages + 2  # the article and one reader window
    reader.close()
    article.close()


def test_bookmarklet_where_forms_are_forbidden_hands_the_page_over_by_message(browser, service, news):
    code = _bookmarklet(browser, service)
    article, reader = _run_bookmarklet(browser, code, f"{news}/noform/seed-amp")
    reader.wait_for_url(service + "/reader")
    reader.locator(".pith-point").filter(has_text="irreversible").click()
    assert "irreversible" in _highlighted(article)
    reader.close()
    article.close()


def test_bookmarklet_with_the_service_down_gives_pith_advice(browser, news):
    from pith.bookmarklet import build

    port = free_port()
    code = unquote(build(f"http://127.0.0.1:{port}")[len("javascript:"):])
    article, reader = _run_bookmarklet(browser, code, f"{news}/csp/cave-rover")
    reader.wait_for_selector("text=Pith’s service isn’t running")
    assert reader.locator("pre").inner_text() == f"pith serve --port {port}"
    reader.close()
    article.close()


def test_reader_asks_for_the_token_once_and_keeps_it_for_its_origin(browser, news):
    from waitress import create_server

    server = create_server(create_app({"PITH": {"token": "s3cret"}}), host="127.0.0.1",
                           port=0, threads=2)
    stop = start_server(server)
    service = f"http://127.0.0.1:{server.effective_port}"
    try:
        code = _bookmarklet(browser, service)
        article, reader = _run_bookmarklet(browser, code, f"{news}/csp/cave-rover")
        reader.wait_for_url(service + "/reader")
        assert "access token" in _error_title(reader)
        reader.locator("#token").fill("s3cret")
        reader.get_by_role("button", name="Save and try again").click()
        assert _points(reader)
        assert article.evaluate("() => localStorage.getItem('pith.token')") is None
        # The next click of the bookmarklet reuses the reader window, which has the token now.
        with reader.expect_navigation():
            article.evaluate(code)
        assert _points(reader)
        assert reader.locator(".pith-error").count() == 0
        reader.close()
        article.close()
    finally:
        stop()

