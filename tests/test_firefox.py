"""The extension in Firefox at run time: Debian's firefox-esr driven over Marionette.

The Firefox package (scripts/package_extension.py, as a user loads it) is installed as a
temporary add-on; the popup page is opened in a window of its own, pointed at a news page
served on 127.0.0.1, and must show the page's key points, land a highlight, switch length and
copy the service's Markdown. Skipped locally without firefox-esr; CI installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from pith import create_app
from tests.conftest import HANG_GUARD_S, ROOT, free_port, serving, start_server
from tests.test_browser import ARTIFACTS, NewsHandler

FIREFOX = os.environ.get("PITH_FIREFOX") or shutil.which("firefox-esr") or "/usr/bin/firefox-esr"

if not os.path.exists(FIREFOX):
    if os.environ.get("CI"):
        raise RuntimeError(f"Firefox ESR not found at {FIREFOX}: .ci/run installs Debian's firefox-esr")
    pytest.skip("Firefox ESR is not installed (apt-get install firefox-esr)", allow_module_level=True)

marionette = pytest.importorskip("marionette_driver.marionette")
from marionette_driver.addons import Addons  # noqa: E402
from marionette_driver.by import By  # noqa: E402

# Third-party loads on the test pages go to a closed port and fail at once.
USER_JS = """user_pref("marionette.port", {port});
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
user_pref("network.proxy.no_proxies_on", "127.0.0.1,localhost");
user_pref("network.proxy.allow_hijacking_localhost", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("app.update.disabledForTesting", true);
"""


@pytest.fixture(scope="module")
def service():
    from waitress import create_server

    server = create_server(create_app(), host="127.0.0.1", port=0, threads=4)
    stop = start_server(server)
    yield f"http://127.0.0.1:{server.effective_port}"
    stop()


@pytest.fixture(scope="module")
def news():
    with serving(NewsHandler) as url:
        yield url


@pytest.fixture(scope="module")
def firefox(tmp_path_factory):
    """Firefox ESR with the Firefox package installed; yields (client, moz-extension host)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package_extension.py"), "--out",
                    str(out)], check=True, capture_output=True)
    profile = tmp_path_factory.mktemp("firefox-profile")
    port = free_port()
    (profile / "user.js").write_text(USER_JS.format(port=port), encoding="utf-8")
    log = profile / "firefox.log"
    with open(log, "wb") as output:
        process = subprocess.Popen(
            [FIREFOX, "--marionette", "-remote-allow-system-access", "--headless", "--no-remote",
             "--profile", str(profile), "about:blank"],
            env={**os.environ, "MOZ_HEADLESS": "1"}, stdout=output, stderr=subprocess.STDOUT)
    client = None
    try:
        client = marionette.Marionette(host="127.0.0.1", port=port, startup_timeout=HANG_GUARD_S * 3)
        client.start_session()
        client.timeout.script = HANG_GUARD_S
        addon = Addons(client).install(str(out / "pith-firefox.zip"), temp=True)
        with client.using_context("chrome"):
            host = client.execute_script(
                "return WebExtensionPolicy.getByID(arguments[0]).mozExtensionHostname", [addon])
        yield client, host
    except Exception:
        print(log.read_text(errors="replace")[-4000:])
        raise
    finally:
        if client is not None:
            try:
                client.delete_session()
            except Exception:
                pass
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait(condition, what: str):
    deadline = time.monotonic() + HANG_GUARD_S
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not before the hang guard")
        time.sleep(0.05)


def _texts(client, selector: str) -> list[str]:
    return client.execute_script(
        "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", [selector])


def _clipboard(client) -> str:
    with client.using_context("chrome"):
        return client.execute_script("""
            const transferable = Cc["@mozilla.org/widget/transferable;1"]
              .createInstance(Ci.nsITransferable);
            transferable.init(null);
            transferable.addDataFlavor("text/plain");
            Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard);
            const data = {};
            transferable.getTransferData("text/plain", data);
            return data.value.QueryInterface(Ci.nsISupportsString).data;""")


def test_firefox_popup_reads_highlights_switches_length_and_copies(firefox, service, news):
    client, host = firefox
    client.navigate(f"{news}/seed-amp")
    article = client.current_window_handle
    popup = client.open(type="window")["handle"]
    client.switch_to_window(popup)
    client.set_window_rect(width=460, height=640)  # the size background.js opens it at
    client.navigate(f"moz-extension://{host}/extension/options.html")
    tab_id = client.execute_async_script("""
        const [url, service, done] = arguments;
        const api = window.wrappedJSObject.browser;
        api.storage.sync.set({serviceUrl: service, length: "medium"})
          .then(() => api.tabs.query({}))
          .then(tabs => done(tabs.find(t => t.url === url).id));""", [f"{news}/seed-amp", service])
    client.navigate(f"moz-extension://{host}/extension/popup.html?tabId={tab_id}&mode=page")

    points = _wait(lambda: _texts(client, ".pith-point"), "key points in the Firefox popup")
    joined = " ".join(points)
    assert 3 <= len(points) <= 5
    assert "irreversible" in joined and "$44.1 billion" in joined
    assert _texts(client, ".pith-title")[0].startswith("NATO Chief")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "popup-firefox.png").write_bytes(client.screenshot(format="binary", full=False))

    # A key point lands on its sentence in the page, painted, with nothing selected.
    point = next(p for p in client.find_elements(By.CSS_SELECTOR, ".pith-point")
                 if "$44.1 billion" in p.text)
    text = point.text
    point.click()
    client.switch_to_window(article)
    highlighted = _wait(lambda: client.execute_script(
        "const h = CSS.highlights.get('pith');"
        "return h ? [...h].map(r => r.toString()).join('') : '';", sandbox=None), "the highlight")
    assert "".join(highlighted.split()) == "".join(text.split())
    assert client.execute_script("return getSelection().toString()", sandbox=None) == ""
    client.switch_to_window(popup)
    assert _texts(client, "#status") == [""]

    # Long: more points, and the answer shown is the one asked for.
    client.find_element(By.XPATH, "//label[span[text()='Long']]").click()
    _wait(lambda: len(_texts(client, ".pith-point")) > 5, "the long summary")
    assert client.execute_script("return document.querySelector('input[value=long]').checked")

    # Copy: the service's Markdown of the summary shown.
    copy = client.find_element(By.ID, "copy")
    _wait(lambda: copy.is_enabled(), "Copy enabled once the Markdown is in")
    copy.click()
    _wait(lambda: _texts(client, "#status") == ["Copied as Markdown."], "the copy confirmation")
    copied = _clipboard(client)
    assert copied.startswith("# NATO Chief declares") and "## Key points" in copied
    assert copied.count("\n- ") > 5

    # A sectioned article: each run of points under its heading, the numbering going on.
    client.switch_to_window(article)
    client.navigate(f"{news}/sectioned")
    client.switch_to_window(popup)
    client.navigate(f"moz-extension://{host}/extension/popup.html?tabId={tab_id}&mode=page")
    headings = _wait(lambda: _texts(client, ".pith-point-section"), "section headings")
    assert len(headings) >= 3 and len(set(headings)) == len(headings), headings
    runs = client.execute_script(
        "return [...document.querySelectorAll('ol.pith-points')].map(ol => [ol.start, "
        "[...ol.querySelectorAll('.pith-point')].map(b => b.textContent)])")
    assert [start for start, _ in runs] == [
        1 + sum(len(texts) for _, texts in runs[:i]) for i in range(len(runs))]
    for heading, (_, texts) in zip(headings, runs[-len(headings):]):
        assert all(heading.removeprefix("About the ") in text for text in texts), runs
