"""The extension and the bookmarklet in a real browser: Debian's Chromium driven by Playwright.

Everything is served on 127.0.0.1: the Pith service (waitress, in a thread) and the news pages.
Screenshots go to tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import os
import re
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote

import pytest

from pith import create_app
from tests.conftest import CHROMIUM, HANG_GUARD_S, PAGES, ROOT, PageHandler, serving

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
<h1>Budget vote</h1>
<p>The council approved the budget of $12 million on Monday, and the text
&lt;img src=x onerror="window.__pwned=1"&gt; &lt;script&gt;window.__pwned=2&lt;/script&gt;
appeared in the minutes by mistake after a long debate about parks.</p>
<p>The money will pay for new playgrounds in four districts and for planting 3,000 trees along
the river, officials said after the meeting ended late in the evening.</p>
<p>Opponents said the council should have spent the money on road repairs instead, and promised
to raise the issue again next year when the budget comes back.</p>
</article></body></html>"""


class NewsHandler(PageHandler):
    """Serves tests/pages/<slug>/source.html at /<slug>, with a strict CSP at /csp/<slug>."""

    def route(self, path):
        path = path.split("?")[0]
        strict = path.startswith("/csp/")
        slug = path.removeprefix("/csp/").strip("/")
        headers = {"Content-Security-Policy": "default-src 'self'"} if strict else {}
        if slug == "xss":
            return 200, {**headers, "Content-Type": "text/html; charset=utf-8"}, XSS_PAGE.encode()
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
    from waitress import create_server

    server = create_server(create_app(), host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


@pytest.fixture(scope="module")
def small_service():
    """A service that takes pages of at most 4 KiB: every fixture page is too large for it."""
    from waitress import create_server

    server = create_server(create_app({"PITH": {"max_body_bytes": 4096}}), host="127.0.0.1",
                           port=0, threads=2)
    threading.Thread(target=server.run, daemon=True).start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()


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
def summarising(browser, service_url, page_url, *, mode="page", prepare=None):
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


def test_popup_summarises_the_tab_and_switches_length(browser, service, news):
    with summarising(browser, service, f"{news}/seed-wordpress") as (_, popup):
        popup.set_viewport_size({"width": 440, "height": 720})
        points = _points(popup)
        joined = " ".join(points)
        assert 3 <= len(points) <= 5
        assert "irreversible" in joined and "$44.1 billion" in joined and "Ramstein" in joined
        assert "Also Read" not in joined
        assert popup.locator(".pith-title").inner_text().startswith("NATO Chief")
        assert "min read" in popup.locator(".pith-meta").inner_text()
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
    with summarising(browser, service, f"{news}/seed-amp") as (article, popup):
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
    with summarising(browser, "http://127.0.0.1:9", f"{news}/harbour-pool") as (_, popup):
        assert "isn’t running" in _error_title(popup)
        assert popup.locator(".pith-command").inner_text() == "pith serve --port 9"
        assert popup.get_by_role("button", name="Try again").is_visible()


def test_too_large_page_is_explained(browser, small_service, news):
    with summarising(browser, small_service, f"{news}/seed-wordpress") as (_, popup):
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


def test_selection_is_summarised_on_its_own(browser, service, news):
    with summarising(browser, service, f"{news}/harbour-pool", mode="selection",
                     prepare=_select_paragraphs(3, 5)) as (_, popup):
        shown = " ".join(_points(popup) + [popup.locator(".pith-tldr").inner_text()])
        assert popup.locator(".pith-note").inner_text() == "Summary of your selection"
        assert "£2.3 million" not in shown and "Opponents argued" in shown
        popup.get_by_role("button", name="Summarise whole page").click()
        _wait_until(lambda: popup.locator(".pith-note").count() == 0
                    and popup.locator(".pith-point").count() > 0)
        assert "£2.3 million" in popup.locator(".pith-tldr").inner_text()


def test_key_points_work_from_the_keyboard(browser, service, news):
    with summarising(browser, service, f"{news}/cave-rover") as (article, popup):
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
    with summarising(browser, service, "about:blank") as (_, popup):
        assert "can’t read this page" in _error_title(popup)


def test_not_an_article_is_explained(browser, service, news):
    def remove_article(article):
        article.evaluate("document.querySelector('article').remove()")

    with summarising(browser, service, f"{news}/xss", prepare=remove_article) as (_, popup):
        assert "doesn’t look like an article" in _error_title(popup)


def test_hostile_text_is_shown_as_text(browser, service, news):
    with summarising(browser, service, f"{news}/xss") as (article, popup):
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
    assert {c["name"] for c in commands} >= {"_execute_action", "summarise-selection"}
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
